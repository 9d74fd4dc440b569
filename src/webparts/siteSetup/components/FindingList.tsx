import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { Link } from '../../../ui/plain/Link';
import { Text } from '../../../ui/plain/Text';
import { AREA_TITLES, type HealthArea, type HealthFinding } from '../../../data/sp/setup/health/healthTypes';

const SEVERITY_WORD: Record<HealthFinding['severity'], string> = { problem: 'Problem', warning: 'Warning', info: 'Note' };
const SEVERITY_COLOUR: Record<HealthFinding['severity'], string> = { problem: '#a4262c', warning: '#8a5300', info: '#323130' };

/** The check's findings, grouped by area; each says in words how serious it is, and has Repair when the product can. */
export const FindingList: React.FC<{ findings: readonly HealthFinding[]; busy: boolean; onRepair: (f: HealthFinding) => void }> = ({ findings, busy, onRepair }) => {
  const areas = Array.from(new Set(findings.map((f) => f.area))) as HealthArea[];
  return (
    <>
      {areas.map((area) => (
        <section key={area} aria-labelledby={`setup-area-${area}`} style={{ marginTop: 16 }}>
          <Text as="h3" id={`setup-area-${area}`} variant="large" block styles={{ root: { margin: '0 0 4px' } }}>
            {AREA_TITLES[area]}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {findings
              .filter((f) => f.area === area)
              .map((f, i) => (
                <li key={f.id} style={{ marginBottom: 10, overflowWrap: 'anywhere' }}>
                  <Text block id={`setup-finding-${area}-${i}`}>
                    <strong style={{ color: SEVERITY_COLOUR[f.severity] }}>{SEVERITY_WORD[f.severity]}:</strong> {f.message}
                  </Text>
                  {f.how && <Text block styles={{ root: { marginTop: 2 } }}>How: {f.how}</Text>}
                  {f.link && (
                    <Link href={f.link.href} target="_blank" rel="noreferrer">
                      {f.link.text}
                    </Link>
                  )}
                  {f.repair && (
                    <DefaultButton
                      text="Repair"
                      aria-describedby={`setup-finding-${area}-${i}`}
                      disabled={busy}
                      onClick={() => onRepair(f)}
                      style={{ marginTop: 4, minHeight: 32 }}
                    />
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
};
