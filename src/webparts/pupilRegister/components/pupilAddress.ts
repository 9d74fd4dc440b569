/** The page address with `?pupil=<id>` set (or removed), keeping everything else: the pupil record's address. */
export function addressWithPupil(href: string, pupilId: number | undefined): string {
  const url = new URL(href);
  if (pupilId === undefined) url.searchParams.delete('pupil');
  else url.searchParams.set('pupil', String(pupilId));
  return `${url.pathname}${url.search}${url.hash}`;
}
