-- Add audit
--
-- Revision ID: c3
-- Revises: a1
-- Create Date: 2026-11-21 10:02:00.000000
-- Branch Labels: audit

-- migrate:upgrade
CREATE TABLE audit (id INT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE audit;
