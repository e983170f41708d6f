'use strict';

var cliMain = require('./chunks/cli-main-B2Nf51H8.cjs');
require('node:util');



exports.main = cliMain.main;
