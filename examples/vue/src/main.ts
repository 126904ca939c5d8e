import { createApp } from 'vue';
import { sampleCase } from '@opencasework/core/sample';
import { App } from './App.js';

createApp(App, { bundle: sampleCase }).mount('#app');
