import * as React from 'react';
import { Section } from '../../../../ui/form/FormBits';
import { SETTINGS_SECTIONS, anchorOf, type SettingsSectionId } from './settingsSections';

/** One group of settings, with its heading and an anchor the page's contents and the error summary link to. */
export const SettingsSection: React.FC<{ id: SettingsSectionId; description?: string; children: React.ReactNode }> = ({ id, description, children }) => {
  const title = SETTINGS_SECTIONS.find((s) => s.id === id)?.title ?? id;
  return (
    <div id={anchorOf(id)} tabIndex={-1}>
      <Section title={title} description={description}>
        {children}
      </Section>
    </div>
  );
};

export const Row: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>{children}</div>
);
