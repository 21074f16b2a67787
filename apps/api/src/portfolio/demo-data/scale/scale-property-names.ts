import { words } from '../word-list';

const FIRST_WORDS = words(`
  Alder Aspen Birch Bluff Briar Brook Canyon Cedar Cliff Clover Copper Cove Elm Fern Fox Glen Harbor Hazel
  Heron Iron Juniper Laurel Maple Meadow Oak Pine Quarry Raven Sage Willow
`);
const SECOND_WORDS = words(`
  Point Commons Ridge Landing Flats Lofts Terrace Gardens Park Place Heights Court Hills Villas Square Row
  Station Crossing Walk Village
`);

/**
 * `count` distinct property names, always the same for the same count: every pairing of the
 * two word lists once, then the pairings again with a number.
 */
export function scalePropertyNames(count: number): string[] {
  const pairs = FIRST_WORDS.length * SECOND_WORDS.length;
  return Array.from({ length: count }, (_, index) => {
    const pair = index % pairs;
    const name = `${FIRST_WORDS[pair % FIRST_WORDS.length]} ${SECOND_WORDS[Math.floor(pair / FIRST_WORDS.length)]}`;
    const round = Math.floor(index / pairs);
    return round === 0 ? name : `${name} ${round + 1}`;
  });
}
