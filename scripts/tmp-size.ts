import { detectionBundleSize } from './detection-bundle.ts';
const s = await detectionBundleSize();
console.log(s.totalKb.toFixed(1));
