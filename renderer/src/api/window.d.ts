import type { PanelBridge } from '../../../shared/contract/bridge';

declare global {
  interface Window {
    /** Set by the Electron preload script; absent in browser mode. */
    api?: PanelBridge;
  }
}
