'use strict';

var cliMain = require('./chunks/cli-main-B5dcLWMY.cjs');
require('node:util');



exports.main = cliMain.main;
