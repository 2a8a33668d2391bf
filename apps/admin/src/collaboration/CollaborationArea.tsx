import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../app/NotFound';
import { AgreementsPage } from './AgreementsPage';
import { ForumPage } from './ForumPage';
import { ForumsPage } from './ForumsPage';
import { PartnerPage } from './PartnerPage';
import { PartnersPage } from './PartnersPage';

/** /t/:code/collaboration: forums, …/forums/:id, …/partners(/:id) and …/agreements. */
export default function CollaborationArea() {
  return (
    <Routes>
      <Route index element={<ForumsPage />} />
      <Route path="forums/:id" element={<ForumPage />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/:id" element={<PartnerPage />} />
      <Route path="agreements" element={<AgreementsPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
