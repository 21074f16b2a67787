import { ReviewSource } from '../data/portfolio-values';
import { ReviewRow } from './portfolio-rows';
import { PropertyProfile } from './property-profile';
import { personName } from './resident-identity';
import { reviewText } from './review-texts';
import { addMonths, isoTimestamp } from './utc-days';

const MINUTES_PER_DAY = 1440;

/**
 * Public reviews over the last 24 months, about one per ten units. Ratings lean to 3–5 and
 * higher on better-kept properties; about 70 % get an answer within days, the bad ones more
 * often than the good ones — unless the answer would fall after asOf.
 */
export function generateReviews(profile: PropertyProfile): ReviewRow[] {
  const random = profile.random('reviews');
  const first = addMonths(profile.asOf, -24) + 1;
  const count = Math.max(4, Math.round((profile.unitTotal / 10) * random.between(0.6, 1.4)));
  const lastMinute = (profile.asOf + 1 - first) * MINUTES_PER_DAY - 1;
  const postedMinutes = Array.from({ length: count }, () => random.int(0, lastMinute)).sort((a, b) => a - b);
  const serial = { google: 0, apartments: 0 };
  return postedMinutes.map((posted) => {
    const source: ReviewSource = random.chance(0.65) ? 'google' : 'apartments';
    serial[source] += 1;
    const rating = random.weighted<number>([
      [5, 0.3 + 0.25 * profile.quality],
      [4, 0.3],
      [3, 0.16],
      [2, 0.08],
      [1, 0.1 - 0.06 * profile.quality],
    ]);
    const name = personName(random);
    const responded = random.chance(rating <= 2 ? 0.85 : 0.66);
    const respondedMinute = posted + random.int(60, 5 * MINUTES_PER_DAY);
    return {
      propertyId: profile.property.id,
      source,
      externalId: `${source}-${profile.property.slug}-${String(serial[source]).padStart(4, '0')}`,
      rating,
      author: `${name.first} ${name.last.charAt(0)}.`,
      body: reviewText(random, rating, profile.property.name),
      postedAt: isoTimestamp(first, posted),
      respondedAt: responded && respondedMinute <= lastMinute ? isoTimestamp(first, respondedMinute) : null,
    };
  });
}
