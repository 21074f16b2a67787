import { Injectable } from '@nestjs/common';
import {
  FigureUnit,
  ParsedReference,
  ReferenceRowView,
  SnapshotFigure,
  TableRowSnapshot,
  UnitSnapshot,
  ViewId,
  VIEWS,
} from '@ownerdash/contracts';
import { Clock } from '../common/clock';
import { todayIso } from '../portfolio/views/days';
import { ArTableView } from '../portfolio/views/delinquency/ar-table.view';
import { EvictionsView } from '../portfolio/views/delinquency/evictions.view';
import { FormerResidentsView } from '../portfolio/views/delinquency/former-residents.view';
import { UnitMixView } from '../portfolio/views/overview/unit-mix.view';
import { RenewalDrillthroughView } from '../portfolio/views/renewals/drillthrough.view';
import { ViewCaller } from '../portfolio/views/view-scope.resolver';
import { invalidReference, notFound, ReferencedProperty, ReferenceRights } from './reference-rights';
import { TakenReference } from './stored-reference';

/** A unit's figures are the unit mix's, unit by unit: a reader needs that view to see them. */
const UNIT_VIEW: ViewId = 'overview.unit_mix';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A row as a shared row keeps it: where it is, its state and figures; never who it is about. */
type RowFacts = Pick<TableRowSnapshot, 'unitNumber' | 'status' | 'date' | 'figures'>;

const figure = (row: object, key: string, label: string, unit: FigureUnit): SnapshotFigure => {
  const value = (row as Record<string, unknown>)[key];
  return { key, label, value: typeof value === 'number' ? value : null, unitOfMeasure: unit };
};

/**
 * `unit` and `table_row` references: one unit or one row, read by the view that shows it with the
 * sender's scope narrowed to the row's property. The rows of the AR table, the drill-through and
 * the evictions hold residents' names and contacts, encrypted at rest; a message's reference is
 * plain JSON that every member of the conversation may read, so these snapshots hold the unit
 * number, balances, dates and statuses only — the views' `row` queries do not even select the
 * personal columns. Rows are keyed as their views show them: a unit's rows (AR table,
 * drill-through) by its unit number, a case or a former resident's balance by its id.
 */
@Injectable()
export class RowReferences {
  constructor(
    private readonly rights: ReferenceRights,
    private readonly unitMix: UnitMixView,
    private readonly arTable: ArTableView,
    private readonly evictions: EvictionsView,
    private readonly formerResidents: FormerResidentsView,
    private readonly drillthrough: RenewalDrillthroughView,
    private readonly clock: Clock,
  ) {}

  async unit(
    sender: ViewCaller,
    reference: Extract<ParsedReference, { type: 'unit' }>,
    takenAt: string,
  ): Promise<TakenReference> {
    const property = await this.rights.visibleProperty(sender, reference.property);
    await this.rights.requireView(sender, UNIT_VIEW);
    const unit = await this.unitMix.unit(sender, { propertyIds: [property.id] }, reference.unit);
    if (!unit) {
      throw notFound(`reference names unit ${reference.unit} of ${reference.property}, which does not exist`);
    }
    const snapshot: UnitSnapshot = {
      asOf: todayIso(this.clock.now()),
      takenAt,
      propertyName: unit.propertyName,
      unitNumber: unit.unitNumber,
      floorplan: unit.floorplan,
      bedrooms: unit.bedrooms,
      squareFeet: unit.squareFeet,
      status: unit.status,
      marketRent: unit.marketRent,
      currentRent: unit.currentRent,
      leaseEnd: unit.leaseEnd,
    };
    return {
      type: 'unit',
      label: `${property.name} · Unit ${unit.unitNumber}`,
      snapshot,
      propertyIds: [property.id],
      viewId: UNIT_VIEW,
    };
  }

  async tableRow(
    sender: ViewCaller,
    reference: Extract<ParsedReference, { type: 'table_row' }>,
    takenAt: string,
  ): Promise<TakenReference> {
    const property = await this.rights.visibleProperty(sender, reference.property);
    await this.rights.requireView(sender, reference.view);
    const facts = await this.rowFacts(sender, property, reference.view, reference.row);
    if (!facts) {
      throw notFound(
        `reference names row ${reference.row} of ${reference.view} at ${reference.property}, which it does not list`,
      );
    }
    const title = VIEWS.find((view) => view.id === reference.view)?.label ?? reference.view;
    const snapshot: TableRowSnapshot = {
      asOf: todayIso(this.clock.now()),
      takenAt,
      view: reference.view,
      title,
      propertyName: property.name,
      ...facts,
    };
    return {
      type: 'table_row',
      label: `${property.name} · Unit ${facts.unitNumber} · ${title}`,
      snapshot,
      propertyIds: [property.id],
      viewId: reference.view,
    };
  }

  private async rowFacts(
    sender: ViewCaller,
    property: ReferencedProperty,
    view: ReferenceRowView,
    key: string,
  ): Promise<RowFacts | null> {
    const scope = { propertyIds: [property.id] };
    switch (view) {
      case 'delinquency.ar_table': {
        const row = await this.arTable.row(sender, scope, key);
        return (
          row && {
            unitNumber: row.unitNumber,
            status: row.agingBucket,
            date: row.leaseEnd,
            figures: [
              figure(row, 'balance', 'Owed', 'usd'),
              figure(row, 'daysPastDue', 'Days past due', 'days'),
              figure(row, 'currentRent', 'Rent', 'usd'),
            ],
          }
        );
      }
      case 'renewals.drillthrough': {
        // The window of today, whatever the period: the dashboard's drill-through counts from today too.
        const row = await this.drillthrough.row(sender, scope, key);
        return (
          row && {
            unitNumber: row.unitNumber,
            status: row.renewalStatus,
            date: row.leaseEnd,
            figures: [figure(row, 'currentRent', 'Rent', 'usd'), figure(row, 'marketRent', 'Market rent', 'usd')],
          }
        );
      }
      case 'delinquency.evictions': {
        // The case number stays out too: court records name the resident it is about.
        const row = await this.evictions.row(sender, scope, requireUuid(view, key, 'case'));
        return (
          row && {
            unitNumber: row.unitNumber,
            status: row.status,
            date: row.filedOn,
            figures: [figure(row, 'balance', 'Owed', 'usd')],
          }
        );
      }
      case 'delinquency.former_residents': {
        const row = await this.formerResidents.row(sender, scope, requireUuid(view, key, 'balance'));
        return (
          row && {
            unitNumber: row.unitNumber,
            status: row.collectionStatus,
            date: row.movedOutOn,
            figures: [
              figure(row, 'owedNow', 'Still owed', 'usd'),
              figure(row, 'owedAtMoveOut', 'Owed at move-out', 'usd'),
            ],
          }
        );
      }
    }
  }
}

function requireUuid(view: ReferenceRowView, key: string, what: string): string {
  if (!UUID.test(key)) {
    throw invalidReference('reference.id', `a table_row of ${view} names the ${what} by its id, a UUID (got "${key}")`);
  }
  return key.toLowerCase();
}
