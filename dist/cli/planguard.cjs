'use strict';

var cliMain = require('./chunks/cli-main-wzB0iQ-A.cjs');
require('node:util');



exports.main = cliMain.main;
