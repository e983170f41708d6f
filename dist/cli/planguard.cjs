'use strict';

var cliMain = require('./chunks/cli-main-GRDn2DCq.cjs');
require('node:util');



exports.main = cliMain.main;
