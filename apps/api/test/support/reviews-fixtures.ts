import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { Review } from '../../src/portfolio/data/review.entity';

export type ReviewFixture = Pick<Review, 'source' | 'externalId' | 'rating'> & {
  postedAt: string;
  respondedAt?: string;
};

export async function insertReviews(
  dataSource: DataSource,
  property: Property,
  reviews: ReviewFixture[],
): Promise<void> {
  await dataSource.getRepository(Review).insert(
    reviews.map(({ postedAt, respondedAt, ...review }) => ({
      author: `Author ${review.externalId}`,
      body: `Review ${review.externalId}`,
      ...review,
      postedAt: new Date(postedAt),
      respondedAt: respondedAt ? new Date(respondedAt) : null,
      propertyId: property.id,
    })),
  );
}
