'use strict';

var cliMain = require('./chunks/cli-main-CSfXr3Lc.cjs');
require('node:util');



exports.main = cliMain.main;
