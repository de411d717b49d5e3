-- Break things
--
-- Revision ID: f2
-- Revises: a1
-- Create Date: 2026-11-21 10:01:00.000000

-- migrate:upgrade
CREATE TABLE no_such_syntax (;

-- migrate:downgrade
SELECT 1;
