import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { forwardWindow } from '../forward-window';
import { percent, roundTo1 } from '../ratios';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { DelinquencyRiskDto, RISK_BANDS, RiskBand, RiskGaugeDto, RiskQueryDto } from './risk-gauge.dto';

/** The unit columns holding each model's score (0–1). */
const SCORE_COLUMNS = { churn: 'u.churn_risk', delinquency: 'u.delinquency_risk' } as const;
type RiskModel = keyof typeof SCORE_COLUMNS;

const MEDIUM_FROM = 0.3;
const HIGH_FROM = 0.6;

type GaugeRow = { scored: number; mean: number | null; high_ending: number; high_balance: number } & Record<
  RiskBand,
  number
>;

/**
 * Churn and delinquency risk are the same gauge over a different score, so both routes use
 * this class. It covers occupied units with a score: vacant and down units have no resident,
 * and a unit on notice is already leaving. One query.
 */
@Injectable()
export class RiskGaugeView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async churn(auth: ViewCaller, query: RiskQueryDto): Promise<RiskGaugeDto> {
    return (await this.load(auth, query, 'churn')).gauge;
  }

  async delinquency(auth: ViewCaller, query: RiskQueryDto): Promise<DelinquencyRiskDto> {
    const { gauge, highRiskBalance } = await this.load(auth, query, 'delinquency');
    return { ...gauge, highRiskBalance };
  }

  private async load(
    auth: ViewCaller,
    query: RiskQueryDto,
    model: RiskModel,
  ): Promise<{ gauge: RiskGaugeDto; highRiskBalance: number }> {
    const leaseWindow = forwardWindow(query.asOf ?? todayIso(this.clock.now()));
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const score = SCORE_COLUMNS[model];
    const row = await this.queries.row<GaugeRow>(
      scope,
      (inScope) => `
        SELECT count(*)::int AS scored,
               avg(${score})::float8 AS mean,
               count(*) FILTER (WHERE ${score} < :mediumFrom)::int AS low,
               count(*) FILTER (WHERE ${score} >= :mediumFrom AND ${score} < :highFrom)::int AS medium,
               count(*) FILTER (WHERE ${score} >= :highFrom)::int AS high,
               count(*) FILTER (WHERE ${score} >= :highFrom
                                  AND u.lease_end BETWEEN CAST(:from AS date) AND CAST(:to AS date))::int
                 AS high_ending,
               coalesce(sum(u.balance) FILTER (WHERE ${score} >= :highFrom), 0)::float8 AS high_balance
          FROM units u JOIN properties p ON p.id = u.property_id
         WHERE ${inScope} AND u.status = 'occupied' AND ${score} IS NOT NULL`,
      { ...leaseWindow, mediumFrom: MEDIUM_FROM, highFrom: HIGH_FROM },
    );
    return {
      gauge: {
        leaseWindow,
        scoredUnits: row.scored,
        gauge: row.mean === null ? null : roundTo1(row.mean * 100),
        bands: RISK_BANDS.map((band) => ({ band, units: row[band], pct: percent(row[band], row.scored) })),
        highRiskLeasesEnding90d: row.high_ending,
      },
      highRiskBalance: row.high_balance,
    };
  }
}
