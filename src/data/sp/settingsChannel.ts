/** The channel web parts on one page (and other tabs of the site) hear a settings save on (SpSettingsRepository posts). */
export const SETTINGS_CHANNEL = 'pathways-hub-settings';
