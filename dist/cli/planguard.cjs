'use strict';

var cliMain = require('./chunks/cli-main-D9wOlaan.cjs');
require('node:util');



exports.main = cliMain.main;
