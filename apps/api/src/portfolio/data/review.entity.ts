import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Property } from '../../organizations/property.entity';
import { ReviewSource } from './portfolio-values';

/** A public review of a property and whether the property answered it. */
@Entity({ name: 'reviews' })
@Unique('reviews_property_source_external_uq', ['propertyId', 'source', 'externalId'])
@Index('reviews_property_posted_idx', { synchronize: false })
@Check('reviews_source_ck', `"source" IN ('google', 'apartments')`)
@Check('reviews_rating_ck', `"rating" BETWEEN 1 AND 5`)
export class Review {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'reviews_pkey' })
  id!: string;

  @Column('uuid')
  propertyId!: string;

  @ManyToOne(() => Property, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id', foreignKeyConstraintName: 'reviews_property_fk' })
  property?: Property;

  @Column('text')
  source!: ReviewSource;

  /** The review's id at its source: the natural key of imports. */
  @Column('text')
  externalId!: string;

  @Column('smallint')
  rating!: number;

  /** The reviewer's public display name. */
  @Column('text')
  author!: string;

  @Column('text')
  body!: string;

  @Column('timestamptz')
  postedAt!: Date;

  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;
}
