import { Random } from './prng';

/** Short review texts by rating; `{property}` is the property's name. */
const OPENINGS: Readonly<Record<number, readonly string[]>> = {
  5: [
    'Love living at {property}!',
    'Best apartment we have rented so far.',
    'Could not be happier with our move to {property}.',
    'Great community and a team that cares.',
  ],
  4: [
    'Really nice place overall.',
    'Good apartments for the price.',
    'We have enjoyed our first year at {property}.',
    'Solid choice in the area.',
  ],
  3: [
    'It is okay for what you pay.',
    'Mixed feelings about {property}.',
    'Decent apartment, average management.',
    'Some good, some not so good.',
  ],
  2: [
    'Expected more from {property}.',
    'Not a great experience lately.',
    'The apartment is fine but the service is not.',
  ],
  1: [
    'Would not recommend {property}.',
    'Very disappointed with how things are run.',
    'Think twice before signing a lease here.',
  ],
};

const POSITIVE_DETAILS = [
  'Maintenance fixed our dishwasher the same day.',
  'The office staff are friendly and quick to answer.',
  'The pool and gym are always clean.',
  'Quiet neighbors and plenty of parking.',
  'Packages are handled securely.',
  'The grounds are kept beautifully.',
];

const NEGATIVE_DETAILS = [
  'Maintenance requests take weeks to be looked at.',
  'Parking is hard to find in the evening.',
  'The rent went up a lot at renewal.',
  'The hallways could be cleaned more often.',
  'Nobody answers the office phone.',
  'The gate has been broken for months.',
];

export function reviewText(random: Random, rating: number, propertyName: string): string {
  const opening = random.pick(OPENINGS[rating] ?? OPENINGS[3] ?? []);
  const details =
    rating >= 4 ? POSITIVE_DETAILS : rating <= 2 ? NEGATIVE_DETAILS : [...POSITIVE_DETAILS, ...NEGATIVE_DETAILS];
  const first = random.pick(details);
  const second = random.pick(details.filter((detail) => detail !== first));
  const sentences = random.chance(0.5) ? [opening, first] : [opening, first, second];
  return sentences.join(' ').replace('{property}', propertyName);
}
