import type { TabViewComponents } from '../view-component';
import { RiskGaugeView } from './risk-gauge-view';

/** The components of the risk tab's views. */
export const RISK_VIEW_COMPONENTS: TabViewComponents<'risk'> = {
  'risk.churn': { component: RiskGaugeView },
  'risk.delinquency': { component: RiskGaugeView },
};
