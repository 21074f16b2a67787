import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { LabelShareRow, labelSharesSql } from '../monthly-count-shares';
import { resolvePeriod } from '../period';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { MoveOutDto, MoveOutQueryDto } from './move-out.dto';

const DEFAULT_DAYS = 365;

/** Move-outs by reason from the monthly counts; the period covers the months it overlaps, whole. */
@Injectable()
export class MoveOutView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: MoveOutQueryDto): Promise<MoveOutDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const shares = await this.queries.rows<LabelShareRow>(scope, labelSharesSql, {
      ...period,
      kind: 'move_out_reason',
    });
    return {
      ...period,
      total: shares[0]?.total ?? 0,
      reasons: shares.map((share) => ({ reason: share.label, moveOuts: share.count, sharePct: share.sharePct })),
    };
  }
}
