/** Every field a commemoration may have, the six text fields first; any other key is an error. */
export const COMMEMORATION_FIELDS: readonly string[] = [
  'id',
  'name',
  'date',
  'scope',
  'source',
  'nameEn',
  'calendar',
  'pinned',
  'observance',
  'leap',
];
