#!/usr/bin/env bash
# Makes the large real lockfile used to measure the plugin's speed (not committed: 1.8 MB):
# pnpm 10 resolves 43 big toolchains without installing them (~5,050 packages, lockfile v9).
# Usage: bash make-large-lockfile.sh DIR   then time an extract of DIR/pnpm-lock.yaml.
set -euo pipefail
dir="${1:?usage: make-large-lockfile.sh DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
export PATH="$here/../../../../.tools/node_modules/.bin:$PATH"
mkdir -p "$dir"
cat >"$dir/package.json" <<'JSON'
{
  "name": "large",
  "version": "1.0.0",
  "private": true,
  "dependencies": {
    "gatsby": "5.13.3",
    "react-scripts": "5.0.1",
    "@angular/cli": "17.3.0",
    "@nestjs/cli": "10.3.2",
    "firebase-tools": "13.5.0",
    "expo": "50.0.14",
    "@storybook/react-webpack5": "8.0.4",
    "jest": "29.7.0",
    "eslint": "8.57.0",
    "webpack-cli": "5.1.4",
    "next": "14.1.4",
    "@vue/cli-service": "5.0.8",
    "hardhat": "2.22.2",
    "typeorm": "0.3.20",
    "aws-cdk-lib": "2.134.0",
    "@remix-run/dev": "2.8.1",
    "nuxt": "3.11.1",
    "@docusaurus/core": "3.1.1",
    "aws-amplify": "6.0.21",
    "lerna": "8.1.2",
    "@graphql-codegen/cli": "5.0.2",
    "electron-builder": "24.13.3",
    "puppeteer": "22.6.1",
    "@mui/material": "5.15.14",
    "@aws-sdk/client-s3": "3.540.0",
    "@nx/workspace": "18.1.3",
    "@ionic/cli": "7.2.0",
    "strapi": "3.6.11",
    "@sveltejs/kit": "2.5.4",
    "@vercel/node": "3.0.24",
    "parcel": "2.12.0",
    "sequelize-cli": "6.6.2",
    "@redwoodjs/cli": "8.9.0",
    "@babel/preset-env": "7.24.3",
    "mongoose": "8.2.3",
    "@prisma/client": "5.11.0",
    "prisma": "5.11.0",
    "webdriverio": "8.35.1",
    "@azure/storage-blob": "12.17.0",
    "googleapis": "134.0.0",
    "@google-cloud/storage": "7.9.0",
    "cypress": "13.7.1",
    "playwright": "1.42.1"
  }
}
JSON
cd "$dir"
npx -y pnpm@10 install --lockfile-only --ignore-scripts
