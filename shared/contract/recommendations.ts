import { ExemptionView } from '../schemas/exemption';
import { ItemRef, RecommendationView, RecordRecommendation } from '../schemas/recommendation';
import { read, write } from './define';

export const recommendationsContract = {
  'recommendations:get': read(ItemRef, RecommendationView.nullable()),
  'recommendations:record': write('recommendation', RecordRecommendation, RecommendationView),
  /** An exemption item's children and conditions, as recommended and as granted. */
  'recommendations:exemption': read(ItemRef, ExemptionView.nullable()),
} as const;
