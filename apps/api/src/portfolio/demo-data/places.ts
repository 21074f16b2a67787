import { words } from './word-list';

/** Where the made-up properties stand: metro areas with their rent level and telephone area code. */
export interface City {
  readonly name: string;
  readonly state: string;
  readonly areaCode: string;
  /** Rents relative to the national average for the same floorplan. */
  readonly rentLevel: number;
}

export const CITIES: readonly City[] = [
  { name: 'Atlanta', state: 'GA', areaCode: '404', rentLevel: 1.0 },
  { name: 'Austin', state: 'TX', areaCode: '512', rentLevel: 1.05 },
  { name: 'Boise', state: 'ID', areaCode: '208', rentLevel: 0.92 },
  { name: 'Charlotte', state: 'NC', areaCode: '704', rentLevel: 0.97 },
  { name: 'Columbus', state: 'OH', areaCode: '614', rentLevel: 0.85 },
  { name: 'Dallas', state: 'TX', areaCode: '214', rentLevel: 0.98 },
  { name: 'Denver', state: 'CO', areaCode: '303', rentLevel: 1.15 },
  { name: 'Houston', state: 'TX', areaCode: '713', rentLevel: 0.9 },
  { name: 'Indianapolis', state: 'IN', areaCode: '317', rentLevel: 0.8 },
  { name: 'Kansas City', state: 'MO', areaCode: '816', rentLevel: 0.84 },
  { name: 'Las Vegas', state: 'NV', areaCode: '702', rentLevel: 0.95 },
  { name: 'Nashville', state: 'TN', areaCode: '615', rentLevel: 1.04 },
  { name: 'Orlando', state: 'FL', areaCode: '407', rentLevel: 1.02 },
  { name: 'Phoenix', state: 'AZ', areaCode: '602', rentLevel: 0.96 },
  { name: 'Portland', state: 'OR', areaCode: '503', rentLevel: 1.12 },
  { name: 'Raleigh', state: 'NC', areaCode: '919', rentLevel: 1.0 },
  { name: 'Salt Lake City', state: 'UT', areaCode: '801', rentLevel: 1.02 },
  { name: 'San Antonio', state: 'TX', areaCode: '210', rentLevel: 0.86 },
  { name: 'Seattle', state: 'WA', areaCode: '206', rentLevel: 1.38 },
  { name: 'Tampa', state: 'FL', areaCode: '813', rentLevel: 1.06 },
];

export const STREET_NAMES = words(`
  Oak Maple Cedar Elm Pine Willow Lake Hill Park River Spring Meadow Ridge Sunset Highland Forest Mill Church
  Valley Harbor
`);

export const STREET_SUFFIXES = ['Street', 'Avenue', 'Boulevard', 'Drive', 'Parkway', 'Road', 'Lane', 'Way'] as const;
