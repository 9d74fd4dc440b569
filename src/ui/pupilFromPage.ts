/**
 * The pupil a pupil's page is about: `?pupil=<item id>` in the page address, when there is one. Its own module, not
 * PupilPicker's: a view that only reads the address (the register, PIPs) does not load Fluent's ComboBox with it.
 */
export function pupilIdFromPage(search: string = typeof window === 'undefined' ? '' : window.location.search): number | undefined {
  const id = Number(new URLSearchParams(search).get('pupil'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
