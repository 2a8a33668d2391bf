import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../app/NotFound';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { NewCasePage } from './NewCasePage';

/** /t/:code/decisions: the cases, …/decisions/new and …/decisions/:id. */
export default function GovernanceArea() {
  return (
    <Routes>
      <Route index element={<CasesPage />} />
      <Route path="new" element={<NewCasePage />} />
      <Route path=":id" element={<CasePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
