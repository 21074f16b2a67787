import { Injectable } from '@nestjs/common';
import { ChartSnapshot, ParsedReference, ReferenceState, VIEWS } from '@ownerdash/contracts';
import { Clock } from '../common/clock';
import { ViewAnswerQuery, ViewAnswers } from '../portfolio/views/answers/view-answers';
import { todayIso } from '../portfolio/views/days';
import { ViewCaller } from '../portfolio/views/view-scope.resolver';
import { CHART_SPECS } from './chart-reference-specs';
import { summarize } from './chart-summary';
import { ReferenceRights } from './reference-rights';
import { TakenReference } from './stored-reference';

/**
 * A view's card as a `chart` reference: the view's own answer for the sender's scope (narrowed to
 * the property of the id, or to the properties the sender had picked) and the shared period,
 * kept as the figures and series its spec names.
 */
@Injectable()
export class ChartReferences {
  constructor(
    private readonly rights: ReferenceRights,
    private readonly views: ViewAnswers,
    private readonly clock: Clock,
  ) {}

  /** `covering`: the properties of a portfolio card to answer for instead of the picked ones (its value now). */
  async take(
    sender: ViewCaller,
    reference: Extract<ParsedReference, { type: 'chart' }>,
    state: ReferenceState,
    takenAt: string,
    covering?: readonly string[],
  ): Promise<TakenReference> {
    const property = reference.property === null ? null : await this.rights.visibleProperty(sender, reference.property);
    await this.rights.requireView(sender, reference.view);
    const picked = covering ?? state.propertyIds;
    const propertyIds = property ? [property.id] : picked && picked.length > 0 ? [...picked] : undefined;
    const answer = await this.views.answer(reference.view, sender, periodQuery(state, propertyIds));
    const title = VIEWS.find((view) => view.id === reference.view)?.label ?? reference.view;
    const snapshot: ChartSnapshot = {
      ...summarize(answer, CHART_SPECS[reference.view], todayIso(this.clock.now())),
      takenAt,
      view: reference.view,
      title,
    };
    return {
      type: 'chart',
      label: `${property?.name ?? 'Portfolio'} · ${title}`,
      snapshot,
      propertyIds: property ? [property.id] : await this.rights.coveredProperties(sender, picked),
      viewId: reference.view,
    };
  }
}

/** The dashboard's filters of the shared state, as a view takes them; a table's sort is for the link only. */
function periodQuery(state: ReferenceState, propertyIds: string[] | undefined): ViewAnswerQuery {
  return {
    ...(propertyIds ? { propertyIds } : {}),
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    ...(state.asOf ? { asOf: state.asOf } : {}),
  };
}
