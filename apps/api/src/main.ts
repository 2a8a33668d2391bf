// The API entry point is the start script, which also prepares the database.
import './scripts/start.js';
