-- Create users
--
-- Revision ID: a1
-- Revises:
-- Create Date: 2026-11-21 10:00:00.000000

-- migrate:upgrade
CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100));

-- migrate:downgrade
DROP TABLE users;
