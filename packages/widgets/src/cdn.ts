// The script-tag build: everything inlined, every element defined on load.
import './define.js';
