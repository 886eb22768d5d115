// What other features may use of the plan: 初始化工作簿 numbers the sample plan's rows.
export { nextPlanIds, planIdHighWaterKey } from './planIds';
