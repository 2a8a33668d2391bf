/** Why a figure is hidden in a regional view (see sharing/suppression.ts). */
export const SHARED_FIGURE_SUPPRESSIONS = ['small_number', 'complementary'] as const;
