import { createRoot } from 'react-dom/client';
import { sampleCase } from '@opencasework/core/sample';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App bundle={sampleCase} />);
