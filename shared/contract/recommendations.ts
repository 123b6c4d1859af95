import { ItemRef, RecommendationView, RecordRecommendation } from '../schemas/recommendation';
import { read, write } from './define';

export const recommendationsContract = {
  'recommendations:get': read(ItemRef, RecommendationView.nullable()),
  'recommendations:record': write('recommendation', RecordRecommendation, RecommendationView),
} as const;
