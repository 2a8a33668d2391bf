export { default } from './RegionArea';
export { RegionSharingPage } from './RegionSharingPage';
