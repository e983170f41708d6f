'use strict';

var cliMain = require('./chunks/cli-main-CHCOE2Fz.cjs');
require('node:util');



exports.main = cliMain.main;
