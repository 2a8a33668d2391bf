import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../app/NotFound';
import { IndicatorPage } from './IndicatorPage';
import { IndicatorsPage } from './IndicatorsPage';
import { KoladaImportPage } from './KoladaImportPage';

/** /t/:code/indicators, …/indicators/kolada and …/indicators/:id. */
export default function IndicatorsArea() {
  return (
    <Routes>
      <Route index element={<IndicatorsPage />} />
      <Route path="kolada" element={<KoladaImportPage />} />
      <Route path=":id" element={<IndicatorPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
