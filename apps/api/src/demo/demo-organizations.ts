export interface DemoOrganization {
  readonly name: string;
  readonly slug: string;
  readonly adminEmail: string;
  readonly adminName: string;
  readonly propertyNames: readonly string[];
}

const KAIROI_PROPERTY_NAMES = [
  'Alder Point',
  'Bayside Commons',
  'Cedar Ridge',
  'Cypress Landing',
  'Driftwood Flats',
  'Elm Street Lofts',
  'Fairview Terrace',
  'Foxglove Gardens',
  'Granite Park',
  'Hawthorne Place',
  'Heron Bay',
  'Ironwood Court',
  'Juniper Hills',
  'Kestrel Heights',
  'Lakeshore Villas',
  'Linden Square',
  'Magnolia Row',
  'Meridian Station',
  'Northgate Residences',
  'Oak Hollow',
  'Orchard Walk',
  'Pinecrest Village',
  'Quarry Lane',
  'Redwood Crossing',
  'Riverbend',
  'Sagebrush Mesa',
  'Stonebridge',
  'Timber Creek',
  'Willow Glen',
];

/** The two owner groups a fresh installation starts with (see README, demo accounts). */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    name: 'PHH',
    slug: 'phh',
    adminEmail: 'admin@phh.example',
    adminName: 'PHH Administrator',
    propertyNames: ['Parkside', 'Harbor View', 'Maple Court'],
  },
  {
    name: 'Kairoi',
    slug: 'kairoi',
    adminEmail: 'admin@kairoi.example',
    adminName: 'Kairoi Administrator',
    propertyNames: KAIROI_PROPERTY_NAMES,
  },
];

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
