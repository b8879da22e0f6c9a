/** What other features may use of sharing between agencies. */
import './sharing.css';
export { ExchangePage } from './ExchangePage';
export { PartnersSection } from './PartnersSection';
export { SharingShell } from './SharingShell';
export { useCaseSharing, type CaseSharing } from './CaseSharing';
export { usePartnerAgencies } from './partnerAgencies';
