import { CollaborationStyles } from '../collaboration/CollaborationStyles';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { DeadlineOverview } from './DeadlineOverview';

/** The start page's deadlines and calendar feed, loaded as a chunk of their own. */
export default function DeadlinesPanel({ code }: { code: string }) {
  return (
    <>
      <CollaborationStyles />
      <DeadlineOverview code={code} />
      <CalendarFeedPanel code={code} />
    </>
  );
}
