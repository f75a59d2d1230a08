#!/usr/bin/env bash
# Full table of the independent numeric check of Stage 3 (Tests/DerivationTests/Stage3Quadrature*.swift):
# direct Double quadrature of the first moment of the collision integral, Eq. (31), with the exact
# nondegenerate S0 and the derived Stage 2 rate, against the derived V = V_0 + (T/m) V_2, for
# T/m from 8e-3 down to 1e-5, on two grids. The residual must be of relative order (T/m)^2:
# the column rel.diff/(T/m)^2 tends to a constant and the exponent column to 2.
# Release build with its own scratch path (override with SCRATCH_PATH=...).
exec "$(dirname "$0")/release-table.sh" STAGE3_QUADRATURE_FULL 'DerivationTests.Stage3QuadratureTests/testFullTable' '^(nu|nubar|particle) |^    Vquad'
