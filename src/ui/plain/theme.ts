/**
 * The theme tokens of the plain controls: the names and default values of Fluent UI's theme (SharePoint's default
 * blue), each a CSS custom property so the site's theme applies without Fluent's theme code in a first load. The web
 * part shell sets `--pw-<token>` on its root element from SharePoint's theme (`applySiteTheme`); where nothing sets
 * it (local mode, tests) the default applies.
 */
const PALETTE = {
  themePrimary: '#0078d4',
  themeLighterAlt: '#eff6fc',
  themeLighter: '#deecf9',
  themeLight: '#c7e0f4',
  themeTertiary: '#71afe5',
  themeSecondary: '#2b88d8',
  themeDarkAlt: '#106ebe',
  themeDark: '#005a9e',
  themeDarker: '#004578',
  neutralLighterAlt: '#faf9f8',
  neutralLighter: '#f3f2f1',
  neutralLight: '#edebe9',
  neutralQuaternaryAlt: '#e1dfdd',
  neutralQuaternary: '#d0d0d0',
  neutralTertiaryAlt: '#c8c6c4',
  neutralTertiary: '#a19f9d',
  neutralSecondaryAlt: '#8a8886',
  neutralSecondary: '#605e5c',
  neutralPrimaryAlt: '#3b3a39',
  neutralPrimary: '#323130',
  neutralDark: '#201f1e',
  black: '#000000',
  white: '#ffffff',
  redDark: '#a4262c',
  green: '#107c10',
} as const;

export type PaletteToken = keyof typeof PALETTE;

/** The palette's default values (what Fluent's default theme has), for code that needs a colour itself. */
export const defaultPalette: Readonly<Record<PaletteToken, string>> = PALETTE;

const token = (name: PaletteToken): string => `var(--pw-${name}, ${PALETTE[name]})`;

export const palette = Object.fromEntries(Object.keys(PALETTE).map((k) => [k, token(k as PaletteToken)])) as Readonly<Record<PaletteToken, string>>;

/** The semantic colours the plain controls use, as Fluent's default theme maps them onto the palette. */
export const semanticColors = {
  bodyText: palette.neutralPrimary,
  bodySubtext: palette.neutralSecondary,
  bodyBackground: palette.white,
  bodyDivider: palette.neutralLight,
  inputBorder: palette.neutralSecondary,
  inputBorderHovered: palette.neutralPrimary,
  inputBackground: palette.white,
  inputText: palette.neutralPrimary,
  inputFocusBorderAlt: palette.themePrimary,
  errorText: palette.redDark,
  successIcon: palette.green,
  buttonBackground: palette.white,
  buttonBackgroundHovered: palette.neutralLighter,
  buttonBackgroundPressed: palette.neutralLight,
  buttonBorder: palette.neutralSecondaryAlt,
  buttonText: palette.neutralPrimary,
  primaryButtonBackground: palette.themePrimary,
  primaryButtonBackgroundHovered: palette.themeDarkAlt,
  primaryButtonBackgroundPressed: palette.themeDark,
  primaryButtonText: palette.white,
  disabledBackground: palette.neutralLighter,
  disabledText: palette.neutralTertiary,
  link: palette.themePrimary,
  linkHovered: palette.themeDarker,
} as const;

const FAMILY = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";
const font = (fontSize: number, fontWeight: number): { fontFamily: string; fontSize: number; fontWeight: number } => ({ fontFamily: FAMILY, fontSize, fontWeight });

/** Fluent's type ramp (sizes in px, weights), by the same names as `Text`'s variants. */
export const fonts = {
  tiny: font(10, 400),
  xSmall: font(10, 400),
  small: font(12, 400),
  smallPlus: font(12, 400),
  medium: font(14, 400),
  mediumPlus: font(16, 400),
  large: font(18, 400),
  xLarge: font(20, 600),
  xLargePlus: font(24, 600),
  xxLarge: font(28, 600),
  xxLargePlus: font(32, 600),
} as const;

export type FontVariant = keyof typeof fonts;

/** Focus, as Fluent draws it on buttons and links: a 1px outline inside, in the text's strong neutral. */
export const focusOutline = `1px solid ${palette.neutralSecondary}`;

/** The high-contrast (forced colours) media query Fluent styles under. */
export const HIGH_CONTRAST = '@media screen and (forced-colors: active)';

/**
 * Sets the site's theme on a web part's root element as the tokens' custom properties (from SharePoint's
 * ThemeProvider: a section's background variant included). Unknown or missing colours keep the defaults.
 */
export function applySiteTheme(root: HTMLElement, colours: Readonly<Record<string, string | undefined>> | undefined): void {
  for (const name of Object.keys(PALETTE)) {
    const value = colours?.[name];
    if (value && /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i.test(value)) root.style.setProperty(`--pw-${name}`, value);
    else root.style.removeProperty(`--pw-${name}`);
  }
}

/** Fluent's depth and corner tokens the plain controls use. */
export const effects = {
  elevation8: '0 3.2px 7.2px 0 rgba(0, 0, 0, 0.132), 0 0.6px 1.8px 0 rgba(0, 0, 0, 0.108)',
  roundedCorner2: '2px',
} as const;

/** Hidden on screen, read by screen readers (Fluent's hiddenContentStyle). */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  whiteSpace: 'nowrap',
} as const;
