import type { TabViewComponents } from '../view-component';
import { ReputationView } from './reputation-view';
import { ReviewSourceView } from './review-source-view';

/** The components of the reviews tab's views. */
export const REVIEWS_VIEW_COMPONENTS: TabViewComponents<'reviews'> = {
  'reviews.google': { component: ReviewSourceView },
  'reviews.apartments': { component: ReviewSourceView },
  'reviews.reputation': { component: ReputationView },
};
