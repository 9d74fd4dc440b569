import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { useServices } from '../../../../ui/ServicesContext';
import { downloadBlob } from '../../../../ui/download';
import { errorText } from '../../../../ui/errorText';

const TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

/**
 * Opens the parent/carer's signed agreement form, filed in the pupil's folder of the Letters library. SharePoint
 * decides who may: someone the folder is not shared with is told it was not found.
 */
export const AgreementFormLink: React.FC<{ pupilId: number; fileId: number }> = ({ pupilId, fileId }) => {
  const { letters } = useServices();
  const [state, setState] = React.useState<{ busy: boolean; error?: string }>({ busy: false });
  const open = async (): Promise<void> => {
    setState({ busy: true });
    try {
      const filed = (await letters.forPupil(pupilId)).items.find((l) => l.id === fileId);
      if (!filed) throw new Error("the signed form is not in the pupil's folder of the Letters library (it may have been moved or deleted)");
      const ext = filed.fileName.split('.').pop()?.toLowerCase() ?? '';
      downloadBlob(filed.fileName, new Blob([await letters.content(filed.url)], { type: TYPES[ext] ?? 'application/octet-stream' }));
      setState({ busy: false });
    } catch (e) {
      setState({ busy: false, error: `The signed form could not be opened: ${errorText(e)}` });
    }
  };
  return (
    <div style={{ margin: '8px 0' }}>
      <DefaultButton text="Open the signed agreement form" onClick={() => void open()} disabled={state.busy} />
      <div role="status">
        {state.busy && <Spinner label="Opening the signed form…" labelPosition="right" />}
        {state.error && <MessageBar messageBarType={MessageBarType.error}>{state.error}</MessageBar>}
      </div>
    </div>
  );
};
