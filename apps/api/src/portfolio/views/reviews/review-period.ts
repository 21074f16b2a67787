/** Reviews trickle in: a year by default gives the statistics enough of them. */
export const DEFAULT_REVIEW_DAYS = 365;
