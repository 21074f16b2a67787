/**
 * What a table shows for a resident's name: "Unavailable" when the server could not decrypt it
 * (it answers null with `personalDataUnavailable`), so it is not mistaken for a unit without one.
 */
export function residentNameLabel(row: {
  residentName: string | null;
  personalDataUnavailable: boolean;
}): string | null {
  return row.residentName === null && row.personalDataUnavailable ? 'Unavailable' : row.residentName;
}
