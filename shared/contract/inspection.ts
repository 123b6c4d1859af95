import { InspectionBundleRequest, InspectionBundleSaved } from '../schemas/inspection-bundle';
import { write } from './define';

export const inspectionContract = {
  /**
   * The inspection bundle: one AES-256 encrypted ZIP of the period's last
   * approved minutes, clocks summary, central list, annual report(s) and an
   * index with each file's SHA-256, issued into the documents register.
   */
  'reports:inspectionBundle': write('document', InspectionBundleRequest, InspectionBundleSaved),
} as const;
